// SharePoint registers Fluent UI's icons on its pages; in jsdom nobody does, and Fluent would warn
// about every icon. The icons' absence changes nothing the tests assert.
'use strict';
if (typeof window !== 'undefined') {
  require('@fluentui/react/lib/Styling').setIconOptions({ disableWarnings: true });
}

// findBy… waits up to 1 s by default: on a loaded 2-core CI machine a Fluent form can take longer to
// render after its data arrives. Waiting longer changes no assertion, only how patient it is.
if (typeof window !== 'undefined') {
  // (the dom library, not react's: requiring that here, before jest's globals, would skip its cleanup)
  require('@testing-library/dom').configure({ asyncUtilTimeout: 5000 });
}
