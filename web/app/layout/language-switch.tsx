import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** One button that switches to the other language; its text is in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = t('app.switchLanguageLang');
  return (
    <Button
      variant="tertiary"
      data-size="sm"
      lang={other}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t('app.switchLanguage')}
    </Button>
  );
}
