import * as React from 'react';
import type { PageWords } from './pageStrings';

/** What the product sent through Graph (mail, Teams activity), kept by the local server. */
interface SentMessage {
  kind: string;
  to: string[] | string;
  subject?: string;
  body?: string;
  sentAt?: string;
}

export function Outbox({ words }: { words: PageWords }): JSX.Element {
  const [messages, setMessages] = React.useState<SentMessage[] | undefined>(undefined);
  React.useEffect(() => {
    fetch('/_dev/outbox')
      .then((r) => (r.ok ? r.json() : []))
      .then((list: SentMessage[] | { value: SentMessage[] }) => setMessages(Array.isArray(list) ? list : list.value))
      .catch(() => setMessages([]));
  }, []);
  if (!messages) return <p>{words.loading}</p>;
  if (!messages.length) return <p>{words.outboxEmpty}</p>;
  return (
    <table className="outbox">
      <caption>{words.outbox}</caption>
      <thead>
        <tr>
          <th scope="col">{words.outboxSentAt}</th>
          <th scope="col">{words.outboxKind}</th>
          <th scope="col">{words.outboxTo}</th>
          <th scope="col">{words.outboxSubject}</th>
        </tr>
      </thead>
      <tbody>
        {messages.map((m, i) => (
          <tr key={i}>
            <td>{m.sentAt}</td>
            <td>{m.kind}</td>
            <td>{Array.isArray(m.to) ? m.to.join(', ') : m.to}</td>
            <td>
              {m.subject ? <strong>{m.subject}</strong> : undefined} {m.body}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
