import { DATA_TABS, type DataTabKey } from '../../../shared/schema/tabs';
import { useSidebar } from '../sidebarStore';

export interface TabSelectProps {
  selectId: string;
  value: DataTabKey;
  onChange(tab: DataTabKey): void;
}

/** A dropdown of the register's data tabs, labelled in the reader's language. */
export function TabSelect({ selectId, value, onChange }: TabSelectProps) {
  const { language } = useSidebar();
  return (
    <select
      id={selectId}
      value={value}
      data-testid={selectId}
      onChange={(event) => onChange(event.currentTarget.value as DataTabKey)}
    >
      {DATA_TABS.map((tab) => (
        <option key={tab.key} value={tab.key}>
          {tab.label[language.value]}
        </option>
      ))}
    </select>
  );
}
