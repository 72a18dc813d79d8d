import type { ColumnDef } from '../schema/columns';
import { enumKeyOf } from '../schema/enumLookup';
import { nearestEnumValue } from '../schema/nearestEnumValue';
import { type DataTabKey, tabDef } from '../schema/tabs';
import type { ImportChoices } from './importChoices';
import type { ValueQuestion } from './importPlanTypes';

type RawCells = Record<string, string | number | null>;

/**
 * The value-mapping step: each distinct text of a single choice column that is no allowed
 * value becomes one question (asked once, counted per line), answered by the person's choice,
 * else by the nearest allowed value.
 */
export class ChoiceAnswers {
  private readonly columns: ColumnDef[];
  /** Per column, per text as the file writes it: its question, or null when it is an allowed value. */
  private readonly known = new Map<string, Map<string, ValueQuestion | null>>();
  /** Each question by column and trimmed text, in the order first met. */
  private readonly asked = new Map<string, ValueQuestion>();

  constructor(
    tab: DataTabKey,
    private readonly given: ImportChoices['values'],
  ) {
    this.columns = tabDef(tab).columns.filter((column) => column.type === 'enum' && !column.multiple);
    for (const column of this.columns) this.known.set(column.key, new Map());
  }

  /** The questions met so far, in the order they were first met. */
  questions(): ValueQuestion[] {
    return [...this.asked.values()];
  }

  /**
   * A line's raw cells with each choice that is no allowed value answered; a text with no
   * answer is left for normalisation to refuse. The same object when nothing needed answering.
   */
  answer(raw: RawCells): RawCells {
    let answered: RawCells | undefined;
    for (const column of this.columns) {
      const text = raw[column.key];
      if (typeof text !== 'string') continue;
      const question = this.question(column, text);
      if (!question) continue;
      question.count++;
      if (question.chosen === undefined) continue;
      answered ??= { ...raw };
      answered[column.key] = question.chosen;
    }
    return answered ?? raw;
  }

  /** The question a choice text raises, or undefined when it is an allowed value (or blank). */
  private question(column: ColumnDef, cell: string): ValueQuestion | undefined {
    const known = this.known.get(column.key)!;
    const seen = known.get(cell);
    if (seen !== undefined) return seen ?? undefined;
    const text = cell.trim();
    const asked = text === '' ? null : this.ask(column, text);
    known.set(cell, asked);
    return asked ?? undefined;
  }

  private ask(column: ColumnDef, text: string): ValueQuestion | null {
    // Two spellings of one text (spaces around it) are one question.
    const id = `${column.key}\u0000${text}`;
    const same = this.asked.get(id);
    if (same) return same;
    const given = this.given?.[column.key];
    const answered = given !== undefined && Object.hasOwn(given, text);
    if (!answered && enumKeyOf(column.enum!, text) !== undefined) return null;
    const proposal = nearestEnumValue(column.enum!, text) ?? null;
    const question: ValueQuestion = {
      column: column.key,
      text,
      proposal,
      chosen: answered ? given[text] : (proposal ?? undefined),
      count: 0,
    };
    this.asked.set(id, question);
    return question;
  }
}
