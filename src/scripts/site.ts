/**
 * The one script entry of every page but embed pages (BaseLayout): search, the language switch's
 * anchors, print, citations, copy/share links and the table-of-contents highlight. Each part does
 * nothing on a page without its elements. One entry, so a page makes one script request (plus the
 * chart island's, on pages with charts) instead of one per component.
 */
import './search';
import './langSwitch';
import './printButton';
import './citations';
import './copyLink';
import './tocHighlight';
