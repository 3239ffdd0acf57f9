import { createHmac, randomBytes } from 'crypto';

/** Form digests in SharePoint's shape ("0x<hex>,<date> -0000"), valid for 30 minutes, signed per server start. */
export class DigestIssuer {
  private readonly secret: Buffer = randomBytes(32);
  public readonly timeoutSeconds: number = 1800;

  public issue(now: Date = new Date()): string {
    const stamp = now.toUTCString().replace(/^\w+, /, '').replace('GMT', '-0000');
    const mac = createHmac('sha512', this.secret).update(stamp).digest('hex').toUpperCase();
    return `0x${mac},${stamp}`;
  }

  public isValid(digest: string | undefined, now: Date = new Date()): boolean {
    if (!digest) {
      return false;
    }
    const m = /^0x([0-9A-F]{128}),(.+)$/.exec(digest.trim());
    if (!m) {
      return false;
    }
    const expected = createHmac('sha512', this.secret).update(m[2]).digest('hex').toUpperCase();
    if (expected !== m[1]) {
      return false;
    }
    const issued = Date.parse(m[2].replace('-0000', 'GMT'));
    return Number.isFinite(issued) && now.getTime() - issued <= this.timeoutSeconds * 1000;
  }
}
