/** One step of a breadcrumb trail; the last has no link (it is the current page). */
export interface Crumb {
  label: string;
  href?: string;
}
