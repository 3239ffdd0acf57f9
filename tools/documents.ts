// `npm run -s documents -- --site <site url> --as <upn> --kind <kind> --year <yyyy> [--period <n>]
// [--unit <unit code>] [--person <upn>] --out <file>`: the official documents for scripts and auditors,
// from the same gathering and renderers as the web parts, acting as the --as user (issue 12). Only
// argument parsing and I/O live here: src/services/documents.
import { writeFileSync } from 'fs';
import { extname } from 'path';
import { DOCUMENT_KINDS, type DocumentKind } from '../src/domain/documents/inputs';
import { createServicesForSite } from '../src/services/forSite';
import type { DocumentArgs } from '../src/services/documents/contracts';

const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_BAD_ARGUMENTS = 2;
const EXIT_NOT_ALLOWED = 3;

const USAGE =
  'usage: npm run -s documents -- --site <site url> --as <upn> --kind <phieu-ky|phieu-nam|bien-ban|quyet-dinh|danh-sach> --year <yyyy> [--period <n>] [--unit <unit code>] [--person <upn>] --out <file>';

const KNOWN = ['--site', '--as', '--kind', '--year', '--period', '--unit', '--person', '--out'];

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const bad = (message: string): never => fail(`documents: ${message}\n${USAGE}`, EXIT_BAD_ARGUMENTS);

export interface DocumentCommand {
  siteUrl: string;
  graphUrl: string;
  as: string;
  kind: DocumentKind;
  args: DocumentArgs;
  out: string;
}

/** The command line as a request, or a message naming the argument at fault. */
export function parseCommand(argv: readonly string[]): DocumentCommand | { problem: string } {
  const values: { [name: string]: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (KNOWN.indexOf(name) < 0) return { problem: `unknown argument "${arg}"` };
    if (values[name] !== undefined) return { problem: `${name} is given twice` };
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.indexOf('--') === 0)) return { problem: `${name} needs a value` };
    values[name] = value;
  }
  for (const required of ['--site', '--as', '--kind', '--year', '--out']) {
    if (values[required] === undefined) return { problem: `${required} is required` };
  }
  const kind = values['--kind'] as DocumentKind;
  if (DOCUMENT_KINDS.indexOf(kind) < 0) return { problem: `--kind "${values['--kind']}" is not one of ${DOCUMENT_KINDS.join(', ')}` };
  let site: URL;
  try {
    site = new URL(values['--site']);
  } catch {
    return { problem: `--site "${values['--site']}" is not a URL (e.g. http://localhost:4321/sites/danhgia)` };
  }
  if (site.protocol !== 'http:' && site.protocol !== 'https:') return { problem: `--site "${values['--site']}" must be an http(s) URL` };
  if (!/^\d{4}$/.test(values['--year'])) return { problem: `--year "${values['--year']}" must be a year of four digits` };
  const year = Number(values['--year']);
  if (!/^[^@\s]+@[^@\s]+$/.test(values['--as'])) return { problem: `--as "${values['--as']}" must be a user principal name (name@domain)` };
  const args: DocumentArgs = { year };
  if (values['--period'] !== undefined) {
    if (kind !== 'phieu-ky') return { problem: '--period applies to --kind phieu-ky only' };
    if (!/^\d{1,2}$/.test(values['--period']) || Number(values['--period']) < 1 || Number(values['--period']) > 12) {
      return { problem: `--period "${values['--period']}" is out of range: a month 1 to 12, or a quarter 1 to 4` };
    }
    args.period = Number(values['--period']);
  } else if (kind === 'phieu-ky') {
    return { problem: '--period is required with --kind phieu-ky (the month 1 to 12, or the quarter 1 to 4)' };
  }
  if (values['--person'] !== undefined) {
    if (kind !== 'phieu-ky' && kind !== 'phieu-nam') return { problem: '--person applies to --kind phieu-ky and phieu-nam only' };
    if (!/^[^@\s]+@[^@\s]+$/.test(values['--person'])) return { problem: `--person "${values['--person']}" must be a user principal name (name@domain)` };
    args.personLogin = values['--person'];
  }
  if (values['--unit'] !== undefined) {
    if (kind === 'phieu-ky' || kind === 'phieu-nam') return { problem: '--unit applies to --kind bien-ban, quyet-dinh and danh-sach only (a phiếu is chosen with --person)' };
    args.unitCode = values['--unit'];
  } else if (kind === 'bien-ban' || kind === 'quyet-dinh') {
    return { problem: `--unit is required with --kind ${kind}` };
  }
  const expected = kind === 'danh-sach' ? '.xlsx' : '.docx';
  if (extname(values['--out']).toLowerCase() !== expected) {
    return { problem: `--out "${values['--out']}" must end with ${expected} for --kind ${kind}` };
  }
  return { siteUrl: site.href.replace(/\/$/, ''), graphUrl: `${site.origin}/graph`, as: values['--as'], kind, args, out: values['--out'] };
}

function statusOf(error: unknown): number | undefined {
  const e = error as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } } | undefined;
  const status = e ? e.status ?? e.statusCode ?? (e.response ? e.response.status : undefined) : undefined;
  return typeof status === 'number' ? status : undefined;
}

async function main(): Promise<void> {
  const parsed = parseCommand(process.argv.slice(2));
  if ('problem' in parsed) bad(parsed.problem);
  const command = parsed as DocumentCommand;
  const services = createServicesForSite({ siteUrl: command.siteUrl, graphUrl: command.graphUrl, userPrincipalName: command.as });
  const documents = services.documents;
  if (!documents) fail('documents: internal error: the documents service is not composed', EXIT_INTERNAL);
  let rendered;
  try {
    rendered = await documents.generate(command.kind, command.args);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'DocumentNotAllowedError') fail(`documents: ${command.as} may not have this document: ${message}`, EXIT_NOT_ALLOWED);
    if (name === 'DocumentArgumentError') {
      const argument = (error as { argument?: string }).argument;
      bad(`--${argument === 'person' ? 'person' : argument === 'unit' ? 'unit' : argument === 'period' ? 'period' : 'year'}: ${message}`);
    }
    const status = statusOf(error);
    // SharePoint's own refusal (an unknown account, a list the user may not see) is a refusal too.
    if (status === 401 || status === 403) fail(`documents: the site refuses ${command.as} (HTTP ${status}): ${message}`, EXIT_NOT_ALLOWED);
    fail(`documents: cannot make the document (${message}); check that --site is the evaluation site and that it is running`, EXIT_INTERNAL);
  }
  try {
    writeFileSync(command.out, rendered.bytes);
  } catch (e) {
    fail(`documents: --out: cannot write "${command.out}" (${(e as { code?: string }).code || (e as Error).message})`, EXIT_BAD_ARGUMENTS);
  }
  process.stdout.write(`${command.out} (${rendered.bytes.length} bytes)\n`);
  process.exitCode = EXIT_OK;
}

if (require.main === module) {
  main().catch((e: unknown) => fail(`documents: internal error: ${e instanceof Error ? e.message : String(e)}`, EXIT_INTERNAL));
}
