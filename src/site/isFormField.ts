/** True when a key press belongs to a form field (typing, choosing), not to the page's shortcuts. */
export function isFormField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement
  );
}
