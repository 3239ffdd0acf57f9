// `import styles from './X.module.scss'`: each class name maps to itself, so tests can find elements
// by the class the component asked for.
'use strict';
module.exports = new Proxy({}, { get: (_target, key) => (key === '__esModule' ? false : key) });
