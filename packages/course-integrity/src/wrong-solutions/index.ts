import type { WrongSolution } from '../wrong-solution.ts';
import { lab1 } from './lab-1.ts';
import { lab2 } from './lab-2.ts';
import { lab3 } from './lab-3.ts';
import { lab4 } from './lab-4.ts';
import { lab5 } from './lab-5.ts';
import { lab6 } from './lab-6.ts';
import { lab7 } from './lab-7.ts';
import { lab8 } from './lab-8.ts';
import { lab9 } from './lab-9.ts';

/** The plausible wrong solutions of each lab, by lab id: each must fail the check it names. */
export const wrongSolutions: Readonly<Record<string, WrongSolution[]>> = Object.fromEntries(
  [lab1, lab2, lab3, lab4, lab5, lab6, lab7, lab8, lab9].map(({ lab, fixtures }) => [
    lab,
    fixtures,
  ]),
);
