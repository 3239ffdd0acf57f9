import * as React from 'react';
import type { DocumentKind } from '../../domain/documents/inputs';
import type { AppServices } from '../../services/contracts';
import type { DocumentArgs } from '../../services/documents/contracts';
import { describeError } from '../common/describeError';
import { format } from '../common/format';
import { useUi } from '../common/UiContext';
import { Notice, PlainButton } from '../common/ViewControls';

export interface DocumentButtonProps {
  services: Pick<AppServices, 'documents'>;
  kind: DocumentKind;
  args: DocumentArgs;
  /** The button's text ("Tải phiếu (Word)"). */
  label: string;
  /** What it downloads, for screen readers where the text alone is ambiguous (several on one screen). */
  ariaLabel?: string;
}

/** Saves the bytes as a file through the browser: a Blob and a click on an <a download>. */
export function saveFile(fileName: string, mimeType: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  // The download has started from the URL; let it go once the browser has it.
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

/**
 * One official document to download. Its builders and renderers (docx, exceljs) are a chunk of their
 * own (services.documents, 'dgcc-documents'): only a click downloads them. Busy while it is made; one
 * message after: downloaded, or why not and what to do.
 */
export function DocumentButton(props: DocumentButtonProps): JSX.Element {
  const { strings } = useUi();
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ ok: boolean; text: string } | undefined>(undefined);
  const documents = props.services.documents;
  if (!documents) return <></>;
  const download = (): void => {
    setBusy(true);
    setMessage(undefined);
    documents.generate(props.kind, props.args).then(
      (file) => {
        saveFile(file.fileName, file.mimeType, file.bytes);
        setBusy(false);
        setMessage({ ok: true, text: format(strings.DocumentsDone, file.fileName) });
      },
      (error: unknown) => {
        setBusy(false);
        setMessage({ ok: false, text: failureText(strings, error) });
      }
    );
  };
  return (
    <span>
      <PlainButton onClick={download} disabled={busy} aria-label={props.ariaLabel} aria-busy={busy}>
        {busy ? strings.DocumentsBusy : props.label}
      </PlainButton>
      {/* The message announces itself: a status when done, an alert when not. */}
      {message ? (
        <Notice kind={message.ok ? 'success' : 'error'} onDismiss={() => setMessage(undefined)} dismissLabel={strings.SetDismiss}>
          {message.text}
        </Notice>
      ) : undefined}
    </span>
  );
}

/** The error's own words are the documents service's (Vietnamese); a refusal says who does have it. */
function failureText(strings: IDanhGiaStrings, error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'DocumentNotAllowedError') {
    const refusal = (error as { refusal?: string }).refusal;
    return refusal === 'NOTHING_READABLE' ? format(strings.DocumentsNothing, (error as Error).message) : strings.DocumentsNotAllowed;
  }
  return format(strings.DocumentsFailed, describeError(error));
}
