/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
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
    // (Fluent's MessageBar renders its text a moment later, for screen readers to announce it.)
    expect(await screen.findByText(/Chưa lưu được lên máy chủ \(offline\)/)).toBeTruthy();
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

describe('a draft kept in this browser only (no server copy: a review, a decision sheet)', () => {
  beforeEach(() => window.localStorage.clear());

  it('says it is kept in this browser until sent (not "saved to the server shortly"), and a reload restores it', async () => {
    const first = render(<NoteForm initialVersion="2026-11-27T02:00:00Z" />);
    fireEvent.change(screen.getByLabelText('Ghi chú'), { target: { value: 'Chấm dở' } });
    expect(screen.getByRole('status').textContent).toBe('Thay đổi được giữ trên trình duyệt này (tải lại trang không mất) cho đến khi gửi.');
    await wait(120);
    // Nothing changes by itself: there is no server to save to.
    expect(screen.getByRole('status').textContent).toBe('Thay đổi được giữ trên trình duyệt này (tải lại trang không mất) cho đến khi gửi.');
    first.unmount();
    render(<NoteForm initialVersion="2026-11-27T02:00:00Z" />);
    expect((screen.getByLabelText('Ghi chú') as HTMLInputElement).value).toBe('Chấm dở');
    expect(screen.getByRole('status').textContent).toContain('Đã khôi phục bản nháp chưa lưu từ lần trước.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('typed over a version that has changed since: not applied; offered beside the new one, to use or drop', async () => {
    const first = render(<NoteForm initialVersion="v1" initial={{ text: 'bản nộp 1' }} />);
    fireEvent.change(screen.getByLabelText('Ghi chú'), { target: { value: 'nhận xét cho bản 1' } });
    first.unmount();

    const second = render(<NoteForm initialVersion="v2" initial={{ text: 'bản nộp 2' }} />);
    expect((screen.getByLabelText('Ghi chú') as HTMLInputElement).value).toBe('bản nộp 2');
    const offer = screen.getByRole('alert', { name: 'Bản nháp cũ chưa được áp dụng' });
    // (Fluent's MessageBar renders its text a moment later, for screen readers to announce it.)
    expect(await within(offer).findByText(/^Nội dung mà bản nháp này trả lời đã thay đổi từ khi bản nháp được nhập\./)).toBeTruthy();
    expect(Array.from(offer.querySelectorAll('[data-testid=version]')).map((n) => n.textContent)).toEqual(['nhận xét cho bản 1', 'bản nộp 2']);
    expect(screen.queryByText(/Đã khôi phục/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dùng bản nháp cũ' }));
    expect((screen.getByLabelText('Ghi chú') as HTMLInputElement).value).toBe('nhận xét cho bản 1');
    expect(screen.queryByRole('alert')).toBeNull();
    second.unmount();

    // Used, it counts as typed over the new version: the next reload restores it without asking.
    render(<NoteForm initialVersion="v2" initial={{ text: 'bản nộp 2' }} />);
    expect((screen.getByLabelText('Ghi chú') as HTMLInputElement).value).toBe('nhận xét cho bản 1');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('dropped, the form starts from the new version and the old copy is forgotten', () => {
    window.localStorage.setItem('dgcc:draft:test:note', JSON.stringify({ value: { text: 'cũ' }, baseVersion: 'v1', onServer: false }));
    render(<NoteForm initialVersion="v2" initial={{ text: 'mới' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ bản nháp cũ' }));
    expect((screen.getByLabelText('Ghi chú') as HTMLInputElement).value).toBe('mới');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(window.localStorage.getItem('dgcc:draft:test:note')).toBeNull();
  });

  it('a server-backed draft is never held back this way: its server copy settles a changed version (a 412 conflict)', () => {
    window.localStorage.setItem('dgcc:draft:test:note', JSON.stringify({ value: { text: 'chưa gửi' }, baseVersion: '1', onServer: false }));
    render(<NoteForm initialVersion="2" save={() => new Promise(() => undefined)} />);
    expect((screen.getByLabelText('Ghi chú') as HTMLInputElement).value).toBe('chưa gửi');
    expect(screen.queryByRole('alert', { name: 'Bản nháp cũ chưa được áp dụng' })).toBeNull();
  });
});
