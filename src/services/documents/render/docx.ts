import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions
} from 'docx';
import { SIZES } from '../../../domain/documents/layout';
import type { Alignment, Block, DocumentModel, DocumentSection, ParagraphBlock, RuleBlock, TableBlock } from '../../../domain/documents/model';

/**
 * The format-neutral document as WordprocessingML (.docx), with the npm package `docx`. Times New Roman
 * is set in all four font slots (ascii, hAnsi, eastAsia, cs) of the defaults and of every run, so that
 * Word never falls back to the theme's font (official-documents.md 4, "Font channels"); the theme's own
 * fonts are Times New Roman too.
 */

/** 1 mm = 1440/25.4 twips. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** docx sizes are half-points. */
const halfPoints = (pt: number): number => Math.round(pt * 2);

const ALIGN: Record<Alignment, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED
};

interface Context {
  font: string;
  language: string;
  bodySize: number;
}

function fonts(ctx: Context): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: ctx.font, hAnsi: ctx.font, eastAsia: ctx.font, cs: ctx.font };
}

function paragraphOf(block: ParagraphBlock, ctx: Context): Paragraph {
  const paragraphSize = block.size ?? ctx.bodySize;
  const runs = block.runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: r.bold === true,
        italics: r.italic === true,
        size: halfPoints(r.size ?? paragraphSize),
        sizeComplexScript: halfPoints(r.size ?? paragraphSize),
        font: fonts(ctx),
        language: { value: ctx.language, eastAsia: ctx.language, bidirectional: ctx.language },
        superScript: r.superscript === true,
        break: r.breakBefore ? 1 : undefined
      })
  );
  return new Paragraph({
    children: runs,
    alignment: ALIGN[block.align ?? 'left'],
    indent: {
      firstLine: block.firstLineIndentMm ? mmToTwips(block.firstLineIndentMm) : undefined,
      left: block.leftIndentMm ? mmToTwips(block.leftIndentMm) : undefined
    },
    spacing: {
      before: Math.round((block.spaceBeforePt ?? 0) * 20),
      after: Math.round((block.spaceAfterPt ?? 0) * 20),
      line: Math.round(240 * (block.lineSpacing ?? 1)),
      lineRule: LineRuleType.AUTO
    },
    keepNext: block.keepWithNext === true,
    // An empty paragraph still carries the size, so that its line is as tall as its neighbours'.
    run: { size: halfPoints(paragraphSize), font: fonts(ctx) }
  });
}

/**
 * A rule as an empty paragraph with a bottom border, indented on both sides so that it is `widthMm`
 * long and centred: a drawn line, not underlined text (NĐ 30/2020 Phụ lục I 3.2).
 */
function ruleOf(block: RuleBlock, ctx: Context): Paragraph {
  const side = Math.max(0, (block.containerWidthMm - block.widthMm) / 2);
  return new Paragraph({
    children: [new TextRun({ text: '', size: 2, font: fonts(ctx), language: { value: ctx.language, eastAsia: ctx.language, bidirectional: ctx.language } })],
    indent: { left: mmToTwips(side), right: mmToTwips(side) },
    spacing: { before: 0, after: Math.round((block.spaceAfterPt ?? 0) * 20), line: 40, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2, font: fonts(ctx) }
  });
}

const CELL_MARGIN_TWIPS = mmToTwips(1.5);

function tableOf(block: TableBlock, ctx: Context): Table {
  const widths = block.columnWidthsMm.map(mmToTwips);
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: block.borders ? { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line } : TableBorders.NONE,
    margins: block.borders
      ? { top: mmToTwips(0.5), bottom: mmToTwips(0.5), left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS }
      : { top: 0, bottom: 0, left: 0, right: 0 },
    rows: block.rows.map((row) => {
      let column = 0;
      return new TableRow({
        tableHeader: row.header === true,
        cantSplit: row.cantSplit === true,
        children: row.cells.map((c) => {
          const span = c.columnSpan ?? 1;
          const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          const children = c.blocks.map((b) => blockOf(b, ctx));
          return new TableCell({
            children: children.length ? children : [new Paragraph({ children: [] })],
            columnSpan: span > 1 ? span : undefined,
            width: { size: width, type: WidthType.DXA },
            verticalAlign: c.verticalAlign === 'center' ? VerticalAlignTable.CENTER : c.verticalAlign === 'bottom' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP
          });
        })
      });
    })
  });
}

function blockOf(block: Block, ctx: Context): Paragraph | Table {
  switch (block.type) {
    case 'paragraph':
      return paragraphOf(block, ctx);
    case 'rule':
      return ruleOf(block, ctx);
    default:
      return tableOf(block, ctx);
  }
}

/** The page number at the top centre, none on the section's first page (NĐ 30/2020 Phụ lục I 3.1). */
function pageNumberHeader(ctx: Context, size: number): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(size), font: fonts(ctx), language: { value: ctx.language } })]
      })
    ]
  });
}

function sectionOf(section: DocumentSection, ctx: Context, index: number): ISectionOptions {
  const { page } = section;
  return {
    properties: {
      page: {
        size: { width: mmToTwips(page.widthMm), height: mmToTwips(page.heightMm) },
        margin: {
          top: mmToTwips(page.marginsMm.top),
          bottom: mmToTwips(page.marginsMm.bottom),
          left: mmToTwips(page.marginsMm.left),
          right: mmToTwips(page.marginsMm.right),
          header: mmToTwips(Math.min(10, page.marginsMm.top / 2)),
          footer: mmToTwips(Math.min(10, page.marginsMm.bottom / 2))
        },
        // Each part (a decision, its attached list) numbers its own pages.
        pageNumbers: index > 0 ? { start: 1 } : undefined
      },
      titlePage: true
    },
    headers: section.pageNumbers
      ? { default: pageNumberHeader(ctx, SIZES.pageNumber), first: new Header({ children: [new Paragraph({ children: [] })] }) }
      : undefined,
    children: section.blocks.map((b) => blockOf(b, ctx))
  };
}

/** The .docx file's bytes. */
export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const ctx: Context = { font: model.font, language: model.language, bodySize: model.bodySize };
  const doc = new Document({
    title: model.title,
    creator: '',
    lastModifiedBy: '',
    theme: { fonts: { headings: model.font, body: model.font } },
    styles: {
      default: {
        document: {
          run: {
            font: fonts(ctx),
            size: halfPoints(model.bodySize),
            language: { value: model.language, eastAsia: model.language, bidirectional: model.language }
          }
        }
      }
    },
    sections: model.sections.map((s, i) => sectionOf(s, ctx, i))
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buffer);
}
