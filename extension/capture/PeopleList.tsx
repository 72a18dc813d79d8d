import type { Language } from '../../shared/i18n/language';
import { MESSAGES } from '../i18n/messages';
import type { PersonState } from './captureForm';

export interface PeopleListProps {
  people: readonly PersonState[];
  /** The person the fields below show; -1 for one typed by hand. */
  shown: number;
  language: Language;
  onTick(index: number, ticked: boolean): void;
  onShow(index: number): void;
}

/** Everyone the page lists (name, role, email, phone), each with a tick: the ticked are saved together. */
export function PeopleList({ people, shown, language, onTick, onShow }: PeopleListProps) {
  const text = MESSAGES[language];
  if (people.length === 0) return null;
  return (
    <fieldset class="people" data-testid="people">
      <legend>{text.people}</legend>
      {people.map((person, index) => {
        const { name, role, email, phone } = person.fields;
        const reach = [email?.value, phone?.value].filter(Boolean).join(' · ');
        return (
          <div class={index === shown ? 'person shown' : 'person'} key={index} data-testid="person">
            <input
              type="checkbox"
              id={`person-${index}`}
              data-testid={`person-tick-${index}`}
              checked={person.ticked}
              onChange={(event) => onTick(index, (event.currentTarget as HTMLInputElement).checked)}
            />
            <button
              type="button"
              class="person-name"
              data-testid={`person-show-${index}`}
              onClick={() => onShow(index)}
            >
              <strong>{name?.value || '—'}</strong>
              {role?.value && <span> · {role.value}</span>}
              {reach && <small> {reach}</small>}
            </button>
          </div>
        );
      })}
      <button type="button" class="link" data-testid="person-typed" onClick={() => onShow(-1)}>
        {text.typedPerson}
      </button>
    </fieldset>
  );
}
