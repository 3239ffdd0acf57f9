// SharePoint registers Fluent UI's icons on its pages; in jsdom nobody does, and Fluent would warn
// about every icon. The icons' absence changes nothing the tests assert.
'use strict';
if (typeof window !== 'undefined') {
  require('@fluentui/react/lib/Styling').setIconOptions({ disableWarnings: true });
}
