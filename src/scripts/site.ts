/**
 * The one script entry of every page but embed pages (BaseLayout): search, the language switch's
 * anchors, print, citations, copy/share links, the table-of-contents highlight and offline reading
 * (Save/Remove, the saved list, the update notice). Each part does nothing on a page without its
 * elements, and offline reading does nothing at all until the reader first saves. One entry, so a page makes one script request (plus the
 * chart island's, on pages with charts) instead of one per component.
 */
import './search';
import './langSwitch';
import './printButton';
import './citations';
import './copyLink';
import './tocHighlight';
import './offline';
