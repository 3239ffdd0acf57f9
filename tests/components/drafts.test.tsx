/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import * as React from 'react';
import { DraftStatus } from '../../src/components/common/DraftStatus';
import { UiProvider } from '../../src/components/common/UiContext';
import { useDraft } from '../../src/components/common/useDraft';
import { DraftConflictError } from '../../src/services/journey/errors';
import { vi } from '../support/strings';

interface Note {
  text: string;
}

type Saver = (value: Note, version: string | undefined) => Promise<{ version: string }>;

function NoteForm(props: { save?: Saver; initial?: Note; initialVersion?: string }): JSX.Element {
  const draft = useDraft<Note>({ storageKey: 'test:note', initial: props.initial || { text: '' }, initialVersion: props.initialVersion, save: props.save, delayMs: 50 });
  return (
    <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
      <label htmlFor="note">Ghi chú</label>
      <input id="note" value={draft.value.text} onChange={(e) => draft.update({ text: e.target.value })} />
      <DraftStatus draft={draft} renderVersion={(v) => <p data-testid="version">{v.text}</p>} />
    </UiProvider>
  );
}

const wait = (ms: number): Promise<void> => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('drafts that are never lost', () => {
  beforeEach(() => window.localStorage.clear());

  it('saves to the server after a pause, with the version it was typed over, then says when', async () => {
    const saves: Array<[string, string | undefined]> = [];
    const save: Saver = (value, version) => {
      saves.push([value.text, version]);
      return Promise.resolve({ version: String(Number(version || '0') + 1) });
    };
    render(<NoteForm save={save} initialVersion="3" />);
    fireEvent.change(screen.getByLabelText('Ghi chú'), { target: { value: 'Báo cáo tháng' } });
    fireEvent.change(screen.getByLabelText('Ghi chú'), { target: { value: 'Báo cáo tháng 11' } });
    await wait(120);
    // One save for the two keystrokes (the pause), over the version the form was opened with.
    expect(saves).toEqual([['Báo cáo tháng 11', '3']]);
    expect(screen.getByRole('status').textContent).toMatch(/^Đã lưu nháp lúc \d\d:\d\d:\d\d\.$/);
    fireEvent.change(screen.getByLabelText('Ghi chú'), { target: { value: 'Báo cáo tháng 11/2026' } });
    await wait(120);
    expect(saves[1]).toEqual(['Báo cáo tháng 11/2026', '4']);
  });

  it('survives a reload: what the server had not received is restored from the browser and sent', async () => {
    const failing: Saver = () => Promise.reject(new Error('offline'));
    const first = render(<NoteForm save={failing} />);
    fireEvent.change(screen.getByLabelText('Ghi chú'), { target: { value: 'Chưa kịp lưu' } });
    await wait(120);
    expect(screen.getByText(/Chưa lưu được lên máy chủ \(offline\)/)).toBeTruthy();
    first.unmount();

    const saves: string[] = [];
    const recordingSave: Saver = (v) => {
      saves.push(v.text);
      return Promise.resolve({ version: '9' });
    };
    render(<NoteForm save={recordingSave} initial={{ text: 'bản cũ trên máy chủ' }} />);
    expect((screen.getByLabelText('Ghi chú') as HTMLInputElement).value).toBe('Chưa kịp lưu');
    expect(screen.getByRole('status').textContent).toContain('Đã khôi phục bản nháp chưa lưu từ lần trước.');
    await wait(20);
    expect(saves).toEqual(['Chưa kịp lưu']);
  });

  it('shows both versions on a conflict; keeping mine saves it over the server’s version', async () => {
    const saves: Array<[string, string | undefined]> = [];
    let conflictOnce = true;
    const save: Saver = (value, version) => {
      saves.push([value.text, version]);
      if (conflictOnce) {
        conflictOnce = false;
        return Promise.reject(new DraftConflictError<Note>({ text: 'Sửa từ máy tính bảng' }, '7'));
      }
      return Promise.resolve({ version: '8' });
    };
    render(<NoteForm save={save} initialVersion="5" />);
    fireEvent.change(screen.getByLabelText('Ghi chú'), { target: { value: 'Sửa từ máy tính' } });
    await wait(120);
    const alert = screen.getByRole('alert', { name: 'Có hai phiên bản của bản nháp' });
    expect(Array.from(alert.querySelectorAll('[data-testid=version]')).map((n) => n.textContent)).toEqual(['Sửa từ máy tính', 'Sửa từ máy tính bảng']);
    fireEvent.click(screen.getByRole('button', { name: 'Giữ bản của tôi' }));
    await wait(20);
    expect(saves[1]).toEqual(['Sửa từ máy tính', '7']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('taking the saved version replaces the form and forgets the browser copy', async () => {
    const save: Saver = () => Promise.reject(new DraftConflictError<Note>({ text: '<b>bản kia</b>' }, '2'));
    render(<NoteForm save={save} />);
    fireEvent.change(screen.getByLabelText('Ghi chú'), { target: { value: 'bản này' } });
    await wait(120);
    // Typed text is shown as text, never as HTML.
    expect(screen.getAllByTestId('version')[1].textContent).toBe('<b>bản kia</b>');
    fireEvent.click(screen.getByRole('button', { name: 'Dùng bản đã lưu' }));
    expect((screen.getByLabelText('Ghi chú') as HTMLInputElement).value).toBe('<b>bản kia</b>');
    expect(window.localStorage.getItem('dgcc:draft:test:note')).toBeNull();
  });
});
