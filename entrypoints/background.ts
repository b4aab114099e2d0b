import { defineBackground } from 'wxt/utils/define-background';
import { startAnalysisService } from '../src/background/analysis-service';
import { ruleSetFor } from '../src/background/rule-set';
import { startHistoryService } from '../src/background/history-service';

export default defineBackground({
  type: 'module',
  main() {
    startAnalysisService(ruleSetFor);
    startHistoryService();
  },
});
