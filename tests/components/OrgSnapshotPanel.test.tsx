/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import * as React from 'react';
import { OrgSnapshotPanel } from '../../src/components/evaluationAdmin/units/OrgSnapshotPanel';
import { UiProvider } from '../../src/components/common/UiContext';
import type { SnapshotState } from '../../src/domain/org/orgSnapshot';
import type { RootProps } from '../../src/components/common/RootProps';
import { vi } from '../support/strings';

/** The organisation's snapshot in HR's units tab (issue 13): when, how many, too old or none, and the refresh. */
function renderPanel(snapshot: SnapshotState | undefined, refresh: () => Promise<{ takenAt: string; people: number }>): { changed: jest.Mock } {
  const changed = jest.fn();
  const services = { admin: { units: { refreshSnapshot: refresh } } } as unknown as RootProps['services'];
  render(
    <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
      <OrgSnapshotPanel snapshot={snapshot} services={services} onChanged={changed} />
    </UiProvider>
  );
  return { changed };
}

describe('Bản lưu cơ cấu tổ chức (HR’s units tab)', () => {
  it('says when the snapshot in use was taken (Hà Nội time) and how many people it holds', () => {
    renderPanel({ used: true, takenAt: '2026-12-06T02:30:00Z', people: 2000, maxAgeDays: 7 }, async () => ({ takenAt: '', people: 0 }));
    expect(screen.getByRole('region', { name: 'Bản lưu cơ cấu tổ chức' })).toBeTruthy();
    expect(screen.getByText(/Bản lưu lập lúc 09:30.*06\/12\/2026, gồm 2000 người/)).toBeTruthy();
  });

  it('a snapshot older than HR’s limit is said to be unused, with the limit', async () => {
    renderPanel({ used: false, takenAt: '2026-11-20T02:30:00Z', people: 1990, maxAgeDays: 7 }, async () => ({ takenAt: '', people: 0 }));
    expect(await screen.findByText(/1990 người\) đã quá 7 ngày nên không được dùng/)).toBeTruthy();
  });

  it('no snapshot: HR is told the views read the directory itself', async () => {
    renderPanel({ used: false, maxAgeDays: 7 }, async () => ({ takenAt: '', people: 0 }));
    expect(await screen.findByText(/Chưa có bản lưu cơ cấu tổ chức/)).toBeTruthy();
  });

  it('the button takes a new one: busy while it runs, then says when and how many, and reloads the tab', async () => {
    let finish: (value: { takenAt: string; people: number }) => void = () => undefined;
    const { changed } = renderPanel({ used: false, maxAgeDays: 7 }, () => new Promise((resolve) => (finish = resolve)));
    const button = screen.getByRole('button', { name: 'Làm mới bản lưu cơ cấu tổ chức' });
    fireEvent.click(button);
    expect(screen.getByText('Đang đọc danh bạ và lập bản lưu…').getAttribute('role')).toBe('status');
    expect((button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true').toBe(true);
    finish({ takenAt: '2026-12-07T01:00:00Z', people: 2001 });
    expect(await screen.findByText(/Đã lập bản lưu cơ cấu tổ chức lúc 08:00.*07\/12\/2026, gồm 2001 người/)).toBeTruthy();
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('a refused refresh says so and what to do; nothing is reloaded', async () => {
    const { changed } = renderPanel({ used: true, takenAt: '2026-12-06T02:30:00Z', people: 10, maxAgeDays: 7 }, async () => {
      throw new Error('mạng gián đoạn');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Làm mới bản lưu cơ cấu tổ chức' }));
    expect(await screen.findByText('Chưa lập được bản lưu cơ cấu tổ chức: mạng gián đoạn. Đề nghị thử lại sau ít phút.')).toBeTruthy();
    expect(changed).not.toHaveBeenCalled();
  });
});
