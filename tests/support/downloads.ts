import type { Workbook } from 'exceljs';

/** What the page handed the browser as downloads (saveFile: a Blob and a click on an <a download>), in jsdom. */
export interface CapturedDownloads {
  names: string[];
  /** The i-th download read back as a workbook. */
  workbook(i: number): Promise<Workbook>;
  restore(): void;
}

export function captureDownloads(): CapturedDownloads {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const url = URL as unknown as { createObjectURL?: unknown; revokeObjectURL?: unknown };
  const before = { create: url.createObjectURL, revoke: url.revokeObjectURL };
  url.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return 'blob:download';
  };
  url.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return {
    names,
    workbook: async (i) => {
      // jsdom's Blob has no arrayBuffer(): read it as the browser's FileReader would.
      const bytes = await new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(blobs[i]);
      });
      // A Node test reads the file back; not bundled.
      // eslint-disable-next-line @rushstack/import-requires-chunk-name
      const ExcelJS = (await import('exceljs')).default;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes);
      return workbook;
    },
    restore: () => {
      click.mockRestore();
      url.createObjectURL = before.create;
      url.revokeObjectURL = before.revoke;
    }
  };
}
