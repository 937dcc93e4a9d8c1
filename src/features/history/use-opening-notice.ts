import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { readOpeningNotice, type OpeningNotice } from './opening-notice';

/**
 * The notice that Edit as new revision sent along to the editor, read once:
 * the navigation state is then cleared, so a reload does not show it again.
 */
export function useOpeningNotice(): OpeningNotice | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [notice] = useState(() => readOpeningNotice(location.state));
  const hasState = readOpeningNotice(location.state) !== undefined;

  useEffect(() => {
    if (hasState) {
      navigate(
        { pathname: location.pathname, search: location.search },
        { replace: true, state: null },
      );
    }
  }, [hasState, navigate, location.pathname, location.search]);

  return notice;
}
