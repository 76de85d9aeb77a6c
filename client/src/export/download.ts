/** Saves a file the browser made (a blob or a data URL) through a temporary download link. */
function clickLink({ href, filename }: { href: string; filename: string }) {
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

export function downloadText({ text, filename, type }: { text: string; filename: string; type: string }) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  clickLink({ href: url, filename });
  // The click has started the download by the time this runs; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadDataUrl({ href, filename }: { href: string; filename: string }) {
  clickLink({ href, filename });
}
