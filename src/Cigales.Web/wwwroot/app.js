// Saves a file the app received from the API (an export) under its name.
window.cigalesDownload = (name, contentType, base64) => {
  const link = document.createElement("a");
  link.href = `data:${contentType};base64,${base64}`;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
};
