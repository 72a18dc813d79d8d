import { Sidebar } from '../Sidebar';
import { RegisterTables } from './RegisterTables';

export type LocalHostPageProps = Record<string, never>;

/** The local host's page: the register's tabs on the left, the same sidebar as in Sheets on the right. */
export function LocalHostPage(_props: LocalHostPageProps) {
  return (
    <div class="local-page">
      <RegisterTables />
      <aside class="local-sidebar">
        <Sidebar />
      </aside>
    </div>
  );
}
