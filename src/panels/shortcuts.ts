/**
 * Keyboard shortcuts and the `?` dialog that lists them. The list is data (SHORTCUTS), so the
 * dialog, the README and the tests say the same thing. Keys typed into a text field are the
 * field's: shortcuts only act when focus is elsewhere.
 */
import "../../styles/hardening.css";

export interface Shortcut {
  keys: string[];
  does: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ["/"], does: "Focus the search box" },
  { keys: ["Esc"], does: "Close suggestions or this dialog, then clear the selection" },
  { keys: ["?"], does: "Show these shortcuts" },
  { keys: ["Tab", "Shift+Tab"], does: "Move through the header, the graph controls and the panels" },
  { keys: ["Enter", "Space"], does: "Choose the focused person, paper or button" },
  { keys: ["↑", "↓"], does: "Move through search suggestions" },
  { keys: ["→", "PageDown", "Space"], does: "Presentation mode: next scene" },
  { keys: ["←", "PageUp", "Shift+Space"], does: "Presentation mode: previous scene" },
  { keys: ["Home", "End"], does: "Presentation mode: first / last scene" },
];

/** What a key press outside text fields does, or undefined. Pure. */
export function shortcutFor(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">): "search" | "help" | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (event.key === "/") return "search";
  if (event.key === "?") return "help";
  return undefined;
}

/** Whether the key belongs to the element being typed into. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["button", "checkbox", "radio", "range", "file", "submit", "reset", "color"].includes(target.type);
}

export interface ShortcutsOptions {
  /** The search input (looked up when needed: the panels mount it). */
  searchInput(): HTMLInputElement | null;
  /** Where the "Keyboard shortcuts" button goes (the header). */
  buttonSlot: HTMLElement | null;
}

export interface ShortcutsHandle {
  dialog: HTMLDialogElement;
  open(): void;
}

export function mountShortcuts(options: ShortcutsOptions): ShortcutsHandle {
  const dialog = document.createElement("dialog");
  dialog.className = "shortcuts-dialog";
  dialog.id = "shortcuts-dialog";
  dialog.setAttribute("aria-labelledby", "shortcuts-title");
  const title = document.createElement("h2");
  title.id = "shortcuts-title";
  title.textContent = "Keyboard shortcuts";
  const list = document.createElement("dl");
  list.className = "shortcuts-list";
  for (const shortcut of SHORTCUTS) {
    const keys = document.createElement("dt");
    shortcut.keys.forEach((key, index) => {
      if (index > 0) keys.append(" or ");
      const kbd = document.createElement("kbd");
      kbd.textContent = key;
      keys.append(kbd);
    });
    const does = document.createElement("dd");
    does.textContent = shortcut.does;
    list.append(keys, does);
  }
  const note = document.createElement("p");
  note.className = "shortcuts-note";
  note.textContent = "Every person and paper in the graph is also a button in the People and Papers lists of the side panel (shown when nothing is selected).";
  const close = document.createElement("button");
  close.type = "button";
  close.className = "shortcuts-close";
  close.textContent = "Close";
  close.addEventListener("click", () => dialog.close());
  dialog.append(title, list, note, close);
  document.body.append(dialog);

  let opener: HTMLElement | null = null;
  const open = () => {
    if (dialog.open) return;
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    close.focus();
  };
  // Focus goes back where it was (a native <dialog> does this too, but not for every opener).
  dialog.addEventListener("close", () => opener?.focus());
  // Esc closes the dialog only; it must not also reach the app's "Esc clears the selection".
  dialog.addEventListener("keydown", (event) => {
    if (event.key === "Escape") event.stopPropagation();
  });

  if (options.buttonSlot) {
    const help = document.createElement("button");
    help.type = "button";
    help.className = "shortcuts-button";
    help.textContent = "?";
    help.setAttribute("aria-label", "Keyboard shortcuts (?)");
    help.setAttribute("aria-haspopup", "dialog");
    help.title = "Keyboard shortcuts (?)";
    help.addEventListener("click", open);
    options.buttonSlot.append(help);
  }

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || dialog.open || isTypingTarget(event.target)) return;
    const action = shortcutFor(event);
    if (action === "search") {
      const input = options.searchInput();
      if (!input) return;
      event.preventDefault();
      input.focus();
      input.select();
    } else if (action === "help") {
      event.preventDefault();
      open();
    }
  });
  return { dialog, open };
}
