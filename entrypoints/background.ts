import { defineBackground } from 'wxt/utils/define-background';
import { startAnalysisService } from '../src/background/analysis-service';
import { ruleSetFor } from '../src/background/rule-set';

export default defineBackground({
  type: 'module',
  main() {
    startAnalysisService(ruleSetFor);
  },
});
