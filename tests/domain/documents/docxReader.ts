import JSZip from 'jszip';

/**
 * Reads a produced .docx as Word would: unzips it and parses word/document.xml and word/styles.xml
 * into paragraphs and runs (text, bold, italic, size, fonts of each slot, language). Written for the
 * tests from the WordprocessingML schema, not from the renderer's code.
 */

export interface RunInfo {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** points, when the run sets a size */
  size?: number;
  fonts: { ascii?: string; hAnsi?: string; eastAsia?: string; cs?: string };
  lang?: string;
}

export interface ParagraphInfo {
  xml: string;
  text: string;
  runs: RunInfo[];
  align?: string;
  /** The paragraph draws a line under itself (w:pBdr/w:bottom). */
  bottomBorder: boolean;
}

export interface DocxContent {
  documentXml: string;
  stylesXml: string;
  themeXml?: string;
  paragraphs: ParagraphInfo[];
  /** All the document's text, paragraphs joined by new lines. */
  text: string;
  sections: Array<{ widthTwips: number; heightTwips: number; margins: { top: number; bottom: number; left: number; right: number } }>;
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The attributes of the first element of the given name (its start tag parsed, no pattern built at run time). */
function attributesOf(xml: string, element: string): { [name: string]: string } | undefined {
  let at = xml.indexOf(`<${element}`);
  while (at >= 0) {
    const after = xml.charAt(at + element.length + 1);
    if (after === ' ' || after === '/' || after === '>') break;
    at = xml.indexOf(`<${element}`, at + 1);
  }
  if (at < 0) return undefined;
  const tag = xml.slice(at, xml.indexOf('>', at) + 1);
  const attributes: { [name: string]: string } = {};
  const re = /([\w:]+)="([^"]*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) attributes[m[1]] = decode(m[2]);
  return attributes;
}

function attr(xml: string, element: string, name: string): string | undefined {
  const attributes = attributesOf(xml, element);
  return attributes ? attributes[name] : undefined;
}

/** An on/off property (w:b, w:i): present and not switched off. */
function toggled(props: string, element: string): boolean {
  const attributes = attributesOf(props, element);
  if (!attributes) return false;
  const value = attributes['w:val'];
  return value === undefined || (value !== 'false' && value !== '0' && value !== 'off');
}

export function fontsOf(rPr: string): RunInfo['fonts'] {
  const a = attributesOf(rPr, 'w:rFonts');
  if (!a) return {};
  return { ascii: a['w:ascii'], hAnsi: a['w:hAnsi'], eastAsia: a['w:eastAsia'], cs: a['w:cs'] };
}

function runOf(xml: string): RunInfo {
  const rPrMatch = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml);
  const rPr = rPrMatch ? rPrMatch[1] : '';
  const texts: string[] = [];
  const re = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>/g;
  let m: RegExpExecArray | null;
  // A non-breaking space reads as a space (it only keeps words on one line).
  while ((m = re.exec(xml))) texts.push(m[1] === undefined ? '\n' : decode(m[1]).replace(/\u00a0/g, ' '));
  const sz = attr(rPr, 'w:sz', 'w:val');
  return {
    text: texts.join(''),
    bold: toggled(rPr, 'w:b'),
    italic: toggled(rPr, 'w:i'),
    underline: /<w:u\b(?![^>]*w:val="none")/.test(rPr),
    size: sz === undefined ? undefined : Number(sz) / 2,
    fonts: fontsOf(rPr),
    lang: attr(rPr, 'w:lang', 'w:val')
  };
}

function paragraphOf(xml: string): ParagraphInfo {
  const runs: RunInfo[] = [];
  const re = /<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) runs.push(runOf(m[0]));
  const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml);
  return {
    xml,
    text: runs.map((r) => r.text).join(''),
    runs,
    align: pPr ? attr(pPr[1], 'w:jc', 'w:val') : undefined,
    bottomBorder: pPr ? /<w:pBdr>[\s\S]*<w:bottom\b/.test(pPr[1]) : false
  };
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const stylesXml = await zip.file('word/styles.xml')!.async('string');
  const theme = zip.file('word/theme/theme1.xml');
  const themeXml = theme ? await theme.async('string') : undefined;
  const paragraphs: ParagraphInfo[] = [];
  const re = /<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(documentXml))) paragraphs.push(paragraphOf(m[0]));
  const sections: DocxContent['sections'] = [];
  const sre = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/g;
  while ((m = sre.exec(documentXml))) {
    const s = m[0];
    sections.push({
      widthTwips: Number(attr(s, 'w:pgSz', 'w:w')),
      heightTwips: Number(attr(s, 'w:pgSz', 'w:h')),
      margins: {
        top: Number(attr(s, 'w:pgMar', 'w:top')),
        bottom: Number(attr(s, 'w:pgMar', 'w:bottom')),
        left: Number(attr(s, 'w:pgMar', 'w:left')),
        right: Number(attr(s, 'w:pgMar', 'w:right'))
      }
    });
  }
  return { documentXml, stylesXml, themeXml, paragraphs, text: paragraphs.map((p) => p.text).join('\n'), sections };
}

/** The first paragraph whose text is exactly (or, with `contains`, includes) the given text. */
export function paragraphWith(doc: DocxContent, text: string, contains = false): ParagraphInfo {
  const found = doc.paragraphs.find((p) => (contains ? p.text.indexOf(text) >= 0 : p.text === text));
  if (!found) throw new Error(`No paragraph ${contains ? 'containing' : 'reading'} "${text}" in:\n${doc.text}`);
  return found;
}

/** The run that holds the given text. */
export function runWith(doc: DocxContent, text: string): RunInfo {
  for (const p of doc.paragraphs) {
    const r = p.runs.find((run) => run.text.indexOf(text) >= 0);
    if (r) return r;
  }
  throw new Error(`No run containing "${text}"`);
}

/** twips → mm */
export const twipsToMm = (twips: number): number => (twips * 25.4) / 1440;
