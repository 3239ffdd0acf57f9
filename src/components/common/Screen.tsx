import * as React from 'react';
import styles from './Screen.module.scss';

/** A web part's frame: one heading (for screen readers' landmarks) and its content. */
export function Screen(props: { title: string; children?: React.ReactNode }): JSX.Element {
  const headingId = React.useMemo(() => `dgcc-${Math.random().toString(36).slice(2)}`, []);
  return (
    <section className={styles.screen} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

export { styles as screenStyles };
