import appreciate from '../../rules/templates/appreciate.json';
import listenAndValidate from '../../rules/templates/listen-and-validate.json';
import ownIt from '../../rules/templates/own-it.json';
import sayWhatINeed from '../../rules/templates/say-what-i-need.json';
import setABoundary from '../../rules/templates/set-a-boundary.json';
import setAGoal from '../../rules/templates/set-a-goal.json';
import takeABreak from '../../rules/templates/take-a-break.json';
import type { TemplateGroup } from './types';
import { parseTemplateLibrary } from './validate';

/** The data files in the order the popup shows them; tests/templates checks every file in rules/templates/ is here. */
export const TEMPLATE_FILES: readonly { file: string; data: unknown }[] = [
  { file: 'rules/templates/set-a-boundary.json', data: setABoundary },
  { file: 'rules/templates/say-what-i-need.json', data: sayWhatINeed },
  { file: 'rules/templates/own-it.json', data: ownIt },
  { file: 'rules/templates/listen-and-validate.json', data: listenAndValidate },
  { file: 'rules/templates/take-a-break.json', data: takeABreak },
  { file: 'rules/templates/set-a-goal.json', data: setAGoal },
  { file: 'rules/templates/appreciate.json', data: appreciate },
];

export const TEMPLATE_GROUPS: readonly TemplateGroup[] = parseTemplateLibrary(TEMPLATE_FILES);
