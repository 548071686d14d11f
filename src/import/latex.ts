/**
 * LaTeX → Unicode for bibliographic text: accents (`K\"{o}glmeier`, `Bu\u{g}rahan`, `{\'e}`),
 * special letters (`\ss`, `\o`, `\l`), escaped symbols (`\&`), font commands (`\emph{…}`),
 * simple math (`Cu$_2$O` → `Cu₂O`, `$\alpha$` → `α`), ties, TeX ligatures (`--`, ``` `` ```) and
 * case-protection braces (removed).
 *
 * One left-to-right pass over the text, no regular expressions over the whole input, so the cost
 * is linear and nothing can backtrack on a large field. Never throws: an unknown command keeps its
 * argument text (`\foo{bar}` → `bar`) or its name (`\LaTeX` → `LaTeX`), so nothing is lost silently.
 */

export interface LatexOptions {
  /** Argument-less macros defined by the file (`\newcommand{\mnras}{Monthly Notices…}` in `@preamble`). */
  macros?: Record<string, string>;
  /** Turn `--`/`---` into en/em dashes and ``` `` ```/`''` into curly quotes (default true). */
  ligatures?: boolean;
}

/** Accent commands → the Unicode combining mark they put on the next letter. */
const ACCENTS: Record<string, string> = {
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  '"': "\u0308",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030c",
  H: "\u030b",
  c: "\u0327",
  d: "\u0323",
  b: "\u0331",
  r: "\u030a",
  k: "\u0328",
  t: "\u0361",
  // math accents (`$\bar{\nu}$`, `$\vec{p}$`)
  bar: "\u0304", overline: "\u0305", hat: "\u0302", widehat: "\u0302", tilde: "\u0303",
  widetilde: "\u0303", dot: "\u0307", ddot: "\u0308", vec: "\u20d7", check: "\u030c", breve: "\u0306",
  acute: "\u0301", grave: "\u0300",
};

/** An accent with nothing to sit on (`\~{}`, `\^{}`) is the accent character itself. */
const SPACING_ACCENTS: Record<string, string> = {
  "\u0301": "´", "\u0300": "`", "\u0302": "^", "\u0308": "¨", "\u0303": "~", "\u0304": "¯",
  "\u0307": "˙", "\u0306": "˘", "\u030c": "ˇ", "\u030b": "˝", "\u0327": "¸",
};

/** Argument-less commands that stand for text. */
const SYMBOLS: Record<string, string> = {
  ss: "ß", SS: "SS", o: "ø", O: "Ø", ae: "æ", AE: "Æ", oe: "œ", OE: "Œ", aa: "å", AA: "Å",
  l: "ł", L: "Ł", i: "ı", j: "ȷ", dh: "ð", DH: "Ð", th: "þ", TH: "Þ", ng: "ŋ", NG: "Ŋ",
  dj: "đ", DJ: "Đ", ij: "ĳ", IJ: "Ĳ",
  textendash: "–", textemdash: "—", ldots: "…", dots: "…", textellipsis: "…",
  textquoteright: "’", textquoteleft: "‘", textquotedblleft: "“", textquotedblright: "”",
  textquotesingle: "'", textquotedbl: '"', guillemotleft: "«", guillemotright: "»",
  guilsinglleft: "‹", guilsinglright: "›", quotedblbase: "„", quotesinglbase: "‚",
  textrightarrow: "→", textleftarrow: "←", textregistered: "®", texttrademark: "™", copyright: "©", textcopyright: "©",
  textdegree: "°", degree: "°", S: "§", P: "¶", pounds: "£", textsterling: "£", euro: "€",
  texteuro: "€", dag: "†", ddag: "‡", textdagger: "†", textbullet: "•", textperiodcentered: "·",
  textasciitilde: "~", textasciicircum: "^", textbackslash: "\\", textbar: "|", textless: "<",
  textgreater: ">", textunderscore: "_", textexclamdown: "¡", textquestiondown: "¿",
  LaTeX: "LaTeX", TeX: "TeX", BibTeX: "BibTeX", LaTeXe: "LaTeX2e", slash: "/",
  // Greek and common math symbols (titles in physics and CS use them a lot).
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ϵ", varepsilon: "ε", zeta: "ζ",
  eta: "η", theta: "θ", vartheta: "ϑ", iota: "ι", kappa: "κ", lambda: "λ", mu: "μ", nu: "ν",
  xi: "ξ", pi: "π", varpi: "ϖ", rho: "ρ", varrho: "ϱ", sigma: "σ", varsigma: "ς", tau: "τ",
  upsilon: "υ", phi: "ϕ", varphi: "φ", chi: "χ", psi: "ψ", omega: "ω", Gamma: "Γ",
  Delta: "Δ", Theta: "Θ", Lambda: "Λ", Xi: "Ξ", Pi: "Π", Sigma: "Σ", Upsilon: "Υ", Phi: "Φ",
  Psi: "Ψ", Omega: "Ω", times: "×", pm: "±", mp: "∓", cdot: "·", leq: "≤", le: "≤", geq: "≥",
  ge: "≥", neq: "≠", ne: "≠", infty: "∞", to: "→", rightarrow: "→", leftarrow: "←",
  Rightarrow: "⇒", leftrightarrow: "↔", approx: "≈", sim: "∼", simeq: "≃", equiv: "≡",
  propto: "∝", ell: "ℓ", hbar: "ℏ", partial: "∂", nabla: "∇", sqrt: "√", sum: "∑",
  prod: "∏", int: "∫", in: "∈", notin: "∉", subset: "⊂", subseteq: "⊆", cup: "∪", cap: "∩",
  langle: "⟨", rangle: "⟩", emptyset: "∅", forall: "∀", exists: "∃", neg: "¬", wedge: "∧",
  vee: "∨", oplus: "⊕", otimes: "⊗", circ: "∘", star: "⋆", ast: "∗", prime: "′", log: "log",
  exp: "exp", sin: "sin", cos: "cos", max: "max", min: "min", mid: "|", ll: "≪", gg: "≫",
  // Spacing and line breaks read as a plain space; hyphenation hints and italic corrections as nothing.
  quad: " ", qquad: " ", space: " ", newline: " ", par: " ", linebreak: " ",
  "-": "", "/": "", "@": "", ",": " ", ";": " ", ":": " ", "!": "", " ": " ", "\\": " ",
  // Escaped special characters.
  "&": "&", "%": "%", $: "$", "#": "#", _: "_", "{": "{", "}": "}",
};

/** Commands that only change the font or are bookkeeping: they vanish, their argument (if any) stays. */
const DROPPED = new Set([
  "em", "it", "bf", "sc", "rm", "sf", "tt", "sl", "itshape", "bfseries", "scshape", "upshape",
  "mdseries", "normalfont", "relax", "protect", "noopsort", "nocorr", "displaystyle", "textstyle",
  "left", "right", "big", "Big", "bigl", "bigr", "small", "footnotesize", "scriptsize", "large",
  "Large", "normalsize", "huge", "boldmath", "unboldmath", "ignorespaces", "null", "hfill",
  "allowbreak", "nobreak", "noindent", "cal", "mit",
]);

/** Commands whose first `{…}` argument is not text (URLs, labels): `\href{url}{text}` keeps `text`. */
const SKIP_FIRST_ARGUMENT = new Set(["href", "label", "ref", "cite", "citep", "citet", "index"]);

/** Commands whose argument is a URL kept as is. */
const VERBATIM_ARGUMENT = new Set(["url", "path", "doi", "nolinkurl"]);

const SUBSCRIPTS: Record<string, string> = {
  "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
  "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎",
};
const SUPERSCRIPTS: Record<string, string> = {
  "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
  "+": "⁺", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", n: "ⁿ", i: "ⁱ",
};

/** Nested macro expansion stops here (a macro that expands to itself must not loop). */
const MAX_MACRO_DEPTH = 8;

const isLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));

/** Decode LaTeX markup in `tex` to plain Unicode text (NFC). Braces are removed. */
export function latexToUnicode(tex: string, options: LatexOptions = {}): string {
  if (!tex.includes("\\") && !tex.includes("{") && !tex.includes("$") && !tex.includes("~")) {
    return toNfc(applyLigatures(tex, options));
  }
  const decoder = new Decoder(tex, options, 0);
  return toNfc(applyLigatures(decoder.run(), options));
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** ASCII text is already NFC: skip the (much slower) Unicode normalisation for it. */
function toNfc(text: string): string {
  return ASCII_ONLY.test(text) ? text : text.normalize("NFC");
}

/** Remove case-protection braces only (for verbatim fields such as URLs and DOIs). */
export function stripBraces(text: string): string {
  return text.includes("{") || text.includes("}") ? text.replace(/[{}]/g, "") : text;
}

function applyLigatures(text: string, options: LatexOptions): string {
  if (options.ligatures === false) return text;
  if (!text.includes("--") && !text.includes("`") && !text.includes("''")) return text;
  return text
    .replace(/---/g, "—")
    .replace(/--/g, "–")
    .replace(/``/g, "“")
    .replace(/''/g, "”");
}

class Decoder {
  private pos = 0;
  private readonly input: string;

  constructor(
    input: string,
    private readonly options: LatexOptions,
    private readonly depth: number,
  ) {
    this.input = input;
  }

  /** Decode everything up to the end of input (or up to the `}` closing the group we are in). */
  run(stopAtClosingBrace = false): string {
    let out = "";
    while (this.pos < this.input.length) {
      const ch = this.input[this.pos];
      if (ch === "}") {
        this.pos++;
        if (stopAtClosingBrace) return out;
        continue; // a stray closing brace is dropped
      }
      if (ch === "{") {
        this.pos++;
        out += this.run(true);
      } else if (ch === "\\") {
        out += this.command();
      } else if (ch === "$") {
        out += this.math();
      } else if (ch === "~") {
        this.pos++;
        out += " ";
      } else {
        out += ch;
        this.pos++;
      }
    }
    return out;
  }

  /** A `{…}` group (decoded) or the next single token; used for command arguments. */
  private argument(skipSpaces: boolean): string {
    if (skipSpaces) this.skipSpaces();
    const ch = this.input[this.pos];
    if (ch === undefined || ch === "}") return "";
    if (ch === "{") {
      this.pos++;
      return this.run(true);
    }
    if (ch === "\\") return this.command();
    this.pos++;
    return ch;
  }

  /** The raw text of a `{…}` group, braces balanced, not decoded (for URLs). */
  private rawGroup(): string {
    this.skipSpaces();
    if (this.input[this.pos] !== "{") return "";
    let depth = 0;
    const start = this.pos + 1;
    for (; this.pos < this.input.length; this.pos++) {
      const ch = this.input[this.pos];
      if (ch === "{") depth++;
      else if (ch === "}" && --depth === 0) {
        this.pos++;
        return this.input.slice(start, this.pos - 1);
      }
    }
    return this.input.slice(start);
  }

  private skipSpaces(): void {
    while (this.input[this.pos] === " " || this.input[this.pos] === "\n" || this.input[this.pos] === "\t") this.pos++;
  }

  private command(): string {
    this.pos++; // the backslash
    const first = this.input[this.pos];
    if (first === undefined) return "";
    let name: string;
    if (isLetter(first)) {
      const start = this.pos;
      while (isLetter(this.input[this.pos])) this.pos++;
      name = this.input.slice(start, this.pos);
      if (this.input[this.pos] === "*") this.pos++; // starred variants
    } else {
      name = first;
      this.pos++;
    }
    const letterCommand = isLetter(name[0]);

    if (name in ACCENTS && (!letterCommand || !isLetter(this.input[this.pos]))) {
      return this.accent(ACCENTS[name], letterCommand);
    }
    if (letterCommand && this.options.macros && name in this.options.macros && this.depth < MAX_MACRO_DEPTH) {
      this.skipCommandSpace();
      return new Decoder(this.options.macros[name], this.options, this.depth + 1).run();
    }
    if (name in SYMBOLS) {
      if (letterCommand) this.skipCommandSpace();
      return SYMBOLS[name];
    }
    if (VERBATIM_ARGUMENT.has(name)) return this.rawGroup();
    if (SKIP_FIRST_ARGUMENT.has(name)) {
      this.rawGroup();
      return name === "href" ? this.argument(true) : "";
    }
    if (name === "enquote") return `“${this.argument(true)}”`;
    if (name === "frac") {
      const numerator = this.argument(true);
      const denominator = this.argument(true);
      return `${numerator}/${denominator}`;
    }
    if (name === "begin" || name === "end") {
      this.rawGroup(); // environment name: the content stays, the markers go
      return "";
    }
    if (DROPPED.has(name)) {
      this.skipCommandSpace();
      return "";
    }
    if (!letterCommand) return name; // `\'` without accent use, `\*`…: keep the character
    // Unknown command: keep its argument if it has one, else its name (visible, not silently lost).
    this.skipCommandSpace();
    if (this.input[this.pos] === "{") return this.argument(false);
    return name;
  }

  /** TeX swallows the spaces after a command word (`\ss s` → `ßs`). */
  private skipCommandSpace(): void {
    while (this.input[this.pos] === " ") this.pos++;
  }

  private accent(mark: string, letterCommand: boolean): string {
    let base = this.argument(true);
    if (base === "ı") base = "i"; // `\'{\i}` is an accented i, not an accented dotless i
    if (base === "ȷ") base = "j";
    if (base === "") return SPACING_ACCENTS[mark] ?? ""; // `\~{}` is how LaTeX writes a visible tilde
    // The mark goes on the first character; a tie (`\t{oo}`) sits between the two.
    return base[0] + mark + base.slice(1);
  }

  /** `$…$` and `$$…$$`: decode commands; `_x`/`^x` become sub/superscripts where Unicode has them. */
  private math(): string {
    const display = this.input[this.pos + 1] === "$";
    this.pos += display ? 2 : 1;
    let out = "";
    while (this.pos < this.input.length) {
      const ch = this.input[this.pos];
      if (ch === "$") {
        this.pos += display && this.input[this.pos + 1] === "$" ? 2 : 1;
        return out;
      }
      if (ch === "_" || ch === "^") {
        this.pos++;
        const script = this.argument(true);
        const table = ch === "_" ? SUBSCRIPTS : SUPERSCRIPTS;
        const mapped = [...script].map((c) => table[c]);
        out += mapped.every((c) => c !== undefined) ? mapped.join("") : script;
      } else if (ch === "{") {
        this.pos++;
        out += this.run(true);
      } else if (ch === "}") {
        this.pos++;
      } else if (ch === "\\") {
        out += this.command();
      } else if (ch === "~") {
        this.pos++;
        out += " ";
      } else {
        out += ch;
        this.pos++;
      }
    }
    return out; // unclosed math: keep what we have
  }
}
