import type { Readme } from '../readme.js';
import { ruleTable } from '../rule-module.js';
import { noPlaceholders } from './no-placeholders.js';

/** README rules kept one per module. */
export const readmeRuleModules = [noPlaceholders];

export const moduleReadmeRules = ruleTable<Readme>(readmeRuleModules);
