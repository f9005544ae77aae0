import MDXComponents from '@theme-original/MDXComponents';
import { ColdStartSimulator } from '../components/ColdStartSimulator/index.tsx';
import { ConsoleSketch } from '../components/ConsoleSketch/index.tsx';
import { ScrollTable } from '../components/common/ScrollBox.tsx';
import { Fact, FactSource } from '../components/Fact/index.tsx';
import { FactsTable } from '../components/FactsTable/index.tsx';
import { LabCard, LabIntro, LabList } from '../components/Lab/index.tsx';
import { PricingCalculator } from '../components/PricingCalculator/index.tsx';
import { Quiz } from '../components/Quiz/index.tsx';
import { RepoSetup } from '../components/RepoSetup/index.tsx';
import { RuntimesTable } from '../components/RuntimesTable/index.tsx';
import { TestEventPlayground } from '../components/TestEventPlayground/index.tsx';

/** Components every lesson can use without importing them (see helpers/SITE-CONTRACT.md). */
export default {
  ...MDXComponents,
  table: ScrollTable,
  Fact,
  FactSource,
  FactsTable,
  RuntimesTable,
  RepoSetup,
  PricingCalculator,
  ColdStartSimulator,
  ConsoleSketch,
  TestEventPlayground,
  Quiz,
  LabCard,
  LabIntro,
  LabList,
};
