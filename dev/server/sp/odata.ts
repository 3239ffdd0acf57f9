import { SpError } from './errors';

/** The three JSON flavours SharePoint answers with, chosen by the request's Accept header. */
export type ODataFormat = 'verbose' | 'minimal' | 'nometadata';

export function formatFromAccept(accept: string | undefined): ODataFormat {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) {
    return 'verbose';
  }
  if (a.includes('odata=nometadata')) {
    return 'nometadata';
  }
  return 'minimal';
}

export function contentTypeFor(format: ODataFormat): string {
  switch (format) {
    case 'verbose':
      return 'application/json;odata=verbose;charset=utf-8';
    case 'nometadata':
      return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    default:
      return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}

/** An entity to serialise: its OData type, ids and property bag (values may nest entities). */
export class Entity {
  public constructor(
    public readonly type: string,
    public readonly id: string,
    public readonly editLink: string,
    public readonly props: Record<string, unknown>,
    public readonly etag?: string,
    /** the absolute resource URL (verbose `__metadata.uri`); defaults to id */
    public readonly uri?: string
  ) {}
}

/** A collection value nested inside an entity (multi-value lookups, expanded collections). */
export class EntityCollection {
  public constructor(public readonly items: Entity[]) {}
}

function primitiveCollectionType(values: unknown[]): string {
  return typeof values[0] === 'number' ? 'Collection(Edm.Int32)' : 'Collection(Edm.String)';
}

function renderValue(v: unknown, format: ODataFormat): unknown {
  if (v instanceof Entity) {
    return renderEntity(v, format);
  }
  if (v instanceof EntityCollection) {
    const items = v.items.map((e) => renderEntity(e, format));
    return format === 'verbose' ? { results: items } : items;
  }
  if (Array.isArray(v)) {
    const values = v.map((x) => renderValue(x, format));
    return format === 'verbose' ? { __metadata: { type: primitiveCollectionType(v) }, results: values } : values;
  }
  return v;
}

export function renderEntity(e: Entity, format: ODataFormat): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (format === 'verbose') {
    const meta: Record<string, unknown> = { id: e.id, uri: e.uri ?? e.id };
    if (e.etag !== undefined) {
      meta.etag = e.etag;
    }
    meta.type = e.type;
    out.__metadata = meta;
  } else if (format === 'minimal') {
    out['odata.type'] = e.type;
    out['odata.id'] = e.id;
    if (e.etag !== undefined) {
      out['odata.etag'] = e.etag;
    }
    out['odata.editLink'] = e.editLink;
  }
  for (const [k, v] of Object.entries(e.props)) {
    out[k] = renderValue(v, format);
  }
  return out;
}

export interface Payload {
  status: number;
  body: string;
  headers: Record<string, string>;
}

export function entityPayload(e: Entity, format: ODataFormat, metadataUrl: string, status: number = 200): Payload {
  const rendered = renderEntity(e, format);
  let body: unknown;
  if (format === 'verbose') {
    body = { d: rendered };
  } else if (format === 'minimal') {
    body = { 'odata.metadata': metadataUrl, ...rendered };
  } else {
    body = rendered;
  }
  const headers: Record<string, string> = { 'Content-Type': contentTypeFor(format) };
  if (e.etag !== undefined) {
    headers.ETag = e.etag;
  }
  return { status, body: JSON.stringify(body), headers };
}

export function collectionPayload(items: Entity[], format: ODataFormat, metadataUrl: string, nextLink?: string): Payload {
  const rendered = items.map((e) => renderEntity(e, format));
  let body: Record<string, unknown>;
  if (format === 'verbose') {
    const d: Record<string, unknown> = { results: rendered };
    if (nextLink) {
      d.__next = nextLink;
    }
    body = { d };
  } else {
    body = format === 'minimal' ? { 'odata.metadata': metadataUrl, value: rendered } : { value: rendered };
    if (nextLink) {
      body['odata.nextLink'] = nextLink;
    }
  }
  return { status: 200, body: JSON.stringify(body), headers: { 'Content-Type': contentTypeFor(format) } };
}

/** A bare value, e.g. a method's result (`{"d":{"Name":value}}` in verbose, `{"value":…}` in JSON light). */
export function valuePayload(name: string, value: unknown, format: ODataFormat, metadataUrl: string): Payload {
  let body: unknown;
  if (format === 'verbose') {
    body = { d: { [name]: renderValue(value, format) } };
  } else if (format === 'minimal') {
    body = { 'odata.metadata': metadataUrl, value: renderValue(value, format) };
  } else {
    body = { value: renderValue(value, format) };
  }
  return { status: 200, body: JSON.stringify(body), headers: { 'Content-Type': contentTypeFor(format) } };
}

export function noContent(headers: Record<string, string> = {}): Payload {
  return { status: 204, body: '', headers };
}

export function errorPayload(err: SpError, format: ODataFormat): Payload {
  const inner = { code: err.code, message: { lang: 'en-US', value: err.message } };
  const body = format === 'verbose' ? { error: inner } : { 'odata.error': inner };
  const headers: Record<string, string> = { 'Content-Type': contentTypeFor(format) };
  return { status: err.status, body: JSON.stringify(body), headers };
}
