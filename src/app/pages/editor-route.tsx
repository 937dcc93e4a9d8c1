import { useState } from 'react';

import { EditorPage } from '@/features/editor/editor-page';
import { createFocusChannel } from '@/features/editor/focus-request';
import { useOpeningNotice } from '@/features/history/use-opening-notice';
import { RegisterButton } from '@/features/register/register-button';
import { RegisterStatus } from '@/features/register/register-status';
import { useRegister } from '@/features/register/use-register';

import { browserStorage } from '../browser-storage';

/** The editor, with Register in its toolbar and Register's results below. */
export function EditorRoute() {
  const [storage] = useState(browserStorage);
  const [focusRequests] = useState(createFocusChannel);
  const register = useRegister();
  const openingNotice = useOpeningNotice();

  return (
    <EditorPage
      storage={storage}
      focusRequests={focusRequests}
      openingNotice={openingNotice}
      actions={<RegisterButton register={register} />}
      status={
        <RegisterStatus
          register={register}
          onShowField={(path) => focusRequests.request({ view: 'form', path })}
        />
      }
    />
  );
}
