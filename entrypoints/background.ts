import { defineBackground } from 'wxt/utils/define-background';
import { startAnalysisService } from '../src/background/analysis-service';
import { ruleSetFor } from '../src/background/rule-set';
import { startHistoryService } from '../src/background/history-service';
import { startSiteRegistration } from '../src/background/site-registration';

export default defineBackground({
  type: 'module',
  main() {
    startAnalysisService(ruleSetFor);
    startHistoryService();
    startSiteRegistration();
  },
});
