import { startReflectionPage } from '../../src/reflection/app';

void startReflectionPage();
