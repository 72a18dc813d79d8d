import { useEffect, useState } from 'preact/hooks';
import type { CaptureKind } from '../../shared/capture/protocol';
import type { Bilingual, Language } from '../../shared/i18n/language';
import type { PartnerMatch } from '../../shared/match/matchPartner';
import type { PartnerIndexEntry } from '../../shared/match/partnerIndex';
import { ENUMS } from '../../shared/schema/enums';
import { fill, MESSAGES } from '../i18n/messages';
import { usePageTitle } from '../i18n/usePageTitle';
import type { OutboxItem } from '../outbox/outboxItem';
import { outboxStorage } from '../platform/outboxStorage';
import { askForDuplicate, askForPartners, askToFlush } from '../platform/runtimeMessages';
import {
  type CaptureFormState,
  chooseValue,
  contactsToSave,
  FORM_TABS,
  type FormTab,
  partnerCandidate,
  showPerson,
  TAB_FIELDS,
  tickPerson,
  typeInto,
} from './captureForm';
import { startCapture } from './captureStart';
import { DuplicateWarning } from './DuplicateWarning';
import { FieldRow } from './FieldRow';
import { OutboxList } from './OutboxList';
import { PartnerPicker } from './PartnerPicker';
import { PeopleList } from './PeopleList';
import { registerProblems } from './registerProblems';

const CHOICES: Record<string, (typeof ENUMS)[keyof typeof ENUMS]> = {
  sector: ENUMS.sector,
  type: ENUMS.activity_type,
  admin_roles: ENUMS.admin_role,
};

/** Fields where several choices may be ticked; the value is their keys joined by commas. */
const SEVERAL_CHOICES = new Set(['admin_roles']);

export interface CaptureAppProps {
  /** The page's query string: `?tab=<id>&kind=…&text=…&link=…` when opened as a page or from the context menu. */
  search: string;
}

/** The capture form: Partner / Contact / Activity / Note tabs filled from the page, saved to the outbox. */
export function CaptureApp({ search }: CaptureAppProps) {
  const [language, setLanguage] = useState<Language>('th');
  const [paired, setPaired] = useState(true);
  const [form, setForm] = useState<CaptureFormState | null>(null);
  const [partners, setPartners] = useState<PartnerIndexEntry[]>([]);
  const [duplicate, setDuplicate] = useState<PartnerMatch | null>(null);
  const [outbox, setOutbox] = useState<OutboxItem[]>([]);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  /** The person chose the partner themselves: a match found later does not override them. */
  const [partnerChosen, setPartnerChosen] = useState(false);
  const [partnerCaptureId] = useState(() => crypto.randomUUID());
  const [editing, setEditing] = useState<string | null>(null);
  /** The new partner went to the outbox already: a contact saved after it refers to it by capture id, without sending it again. */
  const [partnerQueued, setPartnerQueued] = useState(false);
  /** Said when the page was too large or complex to read whole (extraction's work limits). */
  const [partialReading, setPartialReading] = useState<Bilingual | null>(null);
  const text = MESSAGES[language];
  usePageTitle(text.pageTitles.capture);

  useEffect(() => {
    void (async () => {
      const { settings, proposal, unreadable, form: filled } = await startCapture(search);
      setLanguage(settings.language);
      setPaired(settings.pairing !== null);
      if (unreadable) setStatus(MESSAGES[settings.language].pageUnreadable);
      setPartialReading(proposal?.partial?.note ?? null);
      setForm(filled);
      setPartners(await askForPartners());
    })();
    void refreshOutbox();
  }, [search]);

  const filled = form !== null;
  useEffect(() => {
    if (filled) performance.mark('capture:filled');
  }, [filled]);

  const partnerFields = form?.fields.partner;
  useEffect(() => {
    if (!partnerFields) return;
    const candidate = partnerCandidate(partnerFields);
    if (
      !candidate.name &&
      !candidate.website &&
      candidate.emails.length === 0 &&
      candidate.phones.length === 0
    )
      return;
    let current = true;
    void askForDuplicate(candidate).then((match) => {
      if (!current) return;
      setDuplicate(match);
      // The register has this partner already: contacts, activities and notes go to it unless the person says otherwise.
      if (match && !partnerChosen)
        setForm((latest) =>
          latest && latest.partnerChoice === 'new' ? { ...latest, partnerChoice: match.id } : latest,
        );
    });
    return () => {
      current = false;
    };
  }, [partnerFields]);

  async function refreshOutbox() {
    setOutbox(await outboxStorage.list());
  }

  if (!form) return <p data-testid="status">{text.readingPage}</p>;

  const update = (tab: FormTab, key: string, value: string) => {
    setProblems([]);
    setForm(typeInto(form, tab, key, value));
  };
  const choosePartner = (value: string) => {
    setPartnerChosen(true);
    setForm({ ...form, partnerChoice: value });
  };

  async function save() {
    if (!form) return;
    // Loaded on saving, not with the form: they send phones in E.164, which needs the phone library.
    const [{ formProblems }, { captureOf }] = await Promise.all([
      import('./formProblems'),
      import('./captureOf'),
    ]);
    // Checked before anything is queued: the form never says "saved" for a capture the register would refuse.
    const refused = formProblems(form, language);
    setProblems(refused);
    if (refused.length > 0) {
      setStatus('');
      return;
    }
    const now = new Date().toISOString();
    const url = form.url;
    const choice = form.partnerChoice;
    const captures = [];
    if (form.tab === 'partner' || (choice === 'new' && !partnerQueued))
      captures.push(
        captureOf('partner', form.fields.partner, {
          // A rejected partner being fixed goes again under its own id.
          id: form.tab === 'partner' && editing ? editing : partnerCaptureId,
          now,
          url,
        }),
      );
    const partnerId = choice === 'new' ? partnerCaptureId : choice || undefined;
    // The Contact tab saves every ticked person in one batch; a rejected one being fixed goes again under its own id.
    const fieldSets =
      form.tab === 'partner'
        ? []
        : form.tab === 'contact' && !editing
          ? contactsToSave(form)
          : [form.fields[form.tab]];
    for (const fields of fieldSets)
      captures.push(
        captureOf(form.tab as CaptureKind, fields, {
          id: editing ?? crypto.randomUUID(),
          now,
          url,
          partnerId,
        }),
      );
    // What the register would refuse (an email, a website, a LINE ID it cannot read) is said now, not after "saved".
    const refusedByRegister = await registerProblems(captures, language);
    if (refusedByRegister.length > 0) {
      setProblems(refusedByRegister);
      setStatus('');
      return;
    }
    // Written to storage before anything is sent: closing the window now loses nothing.
    for (const capture of captures)
      await outboxStorage.put({ capture, attempts: 0, nextAttemptAt: Date.now() });
    if (captures.some((capture) => capture.id === partnerCaptureId)) setPartnerQueued(true);
    setEditing(null);
    const people = captures.filter((capture) => capture.kind === 'contact').length;
    setStatus(people > 1 ? fill(text.savedPeople, { count: people }) : text.saved);
    await refreshOutbox();
    await askToFlush();
    await refreshOutbox();
  }

  function fix(item: OutboxItem) {
    if (!form) return;
    const tab = item.capture.kind as FormTab;
    const fields = { ...form.fields[tab] };
    for (const key of TAB_FIELDS[tab]) {
      const value = item.capture.fields[key];
      fields[key] = { value: Array.isArray(value) ? (value[0] ?? '') : (value ?? ''), source: 'typed' };
    }
    setEditing(item.capture.id);
    setPartnerChosen(true);
    setForm({
      ...form,
      tab,
      personIndex: -1,
      fields: { ...form.fields, [tab]: fields },
      partnerChoice: item.capture.partner_id ?? '',
    });
  }

  const tab = form.tab;
  return (
    <main lang={language}>
      {!paired && (
        <p class="warning" data-testid="not-paired">
          <a href="/options.html" target="_blank" rel="noreferrer">
            {text.notPaired}
          </a>
        </p>
      )}
      {partialReading && (
        <p class="warning" data-testid="partial-reading">
          {partialReading[language]}
        </p>
      )}
      <div class="tabs" role="tablist">
        {FORM_TABS.map((name) => (
          <button
            type="button"
            role="tab"
            key={name}
            aria-selected={name === tab}
            data-testid={`tab-${name}`}
            onClick={() => setForm({ ...form, tab: name })}
          >
            {text.tabs[name]}
          </button>
        ))}
      </div>
      {duplicate && (
        <DuplicateWarning
          match={duplicate}
          language={language}
          usingMatch={form.partnerChoice === duplicate.id}
          onUseExisting={choosePartner}
          onSaveAsNew={() => choosePartner('new')}
        />
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {tab !== 'partner' && (
          <PartnerPicker
            label={text.fields.partner}
            partners={partners}
            value={form.partnerChoice}
            newPartnerName={form.fields.partner.name.value}
            newPartnerTag={text.newPartnerTag}
            newPartnerLabel={text.newPartner}
            noneLabel={text.noPartner}
            onChange={choosePartner}
          />
        )}
        {tab === 'contact' && !editing && (
          <PeopleList
            people={form.people}
            shown={form.personIndex}
            language={language}
            onTick={(index, ticked) => setForm(tickPerson(form, index, ticked))}
            onShow={(index) => setForm(showPerson(form, index))}
          />
        )}
        {TAB_FIELDS[tab].map((key) => (
          <FieldRow
            key={`${tab}-${key}`}
            id={`${tab}-${key}`}
            label={
              tab === 'contact' && key === 'name'
                ? text.fields.contactName
                : text.fields[key as keyof typeof text.fields]
            }
            field={form.fields[tab][key]}
            language={language}
            multiline={key === 'notes' || key === 'address'}
            type={key === 'date' ? 'date' : 'text'}
            choices={CHOICES[key]}
            several={SEVERAL_CHOICES.has(key)}
            onInput={(value) => update(tab, key, value)}
            onChoose={(value) => setForm(chooseValue(form, tab, key, value))}
            choicesLabel={tab === 'partner' && key === 'name' ? text.otherOrganisations : undefined}
          />
        ))}
        {problems.length > 0 && (
          <div class="message error" role="alert" data-testid="form-problems">
            {problems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        )}
        <button type="submit" data-testid="save">
          {text.save}
        </button>
      </form>
      <p data-testid="status" role="status">
        {status}
      </p>
      <OutboxList
        items={outbox}
        language={language}
        onFix={fix}
        onDiscard={async (id) => {
          await outboxStorage.remove([id]);
          await refreshOutbox();
        }}
      />
    </main>
  );
}
