export interface Filters {
  /** Inclusive date range `YYYY-MM-DD`; null leaves that end open. Undated meetings are kept
   *  only when no range is set (a period filter cannot place them). */
  from: string | null;
  to: string | null;
  /** Keep people holding a title in any of these organisations; empty keeps everyone. */
  orgs: string[];
  /** Keep meetings of these kinds; empty keeps all kinds. */
  kinds: string[];
  /** Drop co-attendance edges with fewer shared meetings. */
  minShared: number;
  /** Drop people left without any edge. */
  hideIsolated: boolean;
}
