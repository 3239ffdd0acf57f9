import type { IChoiceGroupStyles } from '@fluentui/react/lib/ChoiceGroup';
import type { IDropdownStyles } from '@fluentui/react/lib/Dropdown';
import type { ITextFieldStyles } from '@fluentui/react/lib/TextField';

/**
 * Fluent's fields at compact density (issue 14): a multi-line box starts one or two lines high and grows
 * as it is typed (autoAdjustHeight), a choice's options sit side by side and wrap, labels a little closer.
 * Heights stay at Fluent's 32 px, a touch target that a phone still hits.
 */

const LABEL = { root: { paddingTop: 2, paddingBottom: 2 } };

/** A multi-line box one line high until typed into. */
export const GROWING_TEXT: Partial<ITextFieldStyles> = {
  fieldGroup: { minHeight: 32 },
  field: { minHeight: 30, paddingTop: 6, paddingBottom: 6, lineHeight: 18 },
  subComponentStyles: { label: LABEL }
};

/** A single-line box with its label close. */
export const COMPACT_TEXT: Partial<ITextFieldStyles> = {
  subComponentStyles: { label: LABEL }
};

/** A multi-line box three lines high: a part of the self-evaluation written in sentences. */
export const PROSE_TEXT: Partial<ITextFieldStyles> = {
  fieldGroup: { minHeight: 60 },
  field: { minHeight: 58 },
  subComponentStyles: { label: LABEL }
};

export const COMPACT_DROPDOWN: Partial<IDropdownStyles> = {
  subComponentStyles: { label: LABEL, panel: {}, multiSelectItem: {} }
};

/** A choice's options side by side, wrapping on a narrow screen. */
export const INLINE_CHOICES: Partial<IChoiceGroupStyles> = {
  flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '20px', rowGap: '0px' },
  label: { paddingTop: 2, paddingBottom: 0 }
};
