import TopNavigation from '@cloudscape-design/components/top-navigation';
import { useNavigate } from 'react-router';

import type { ColorModePreference } from './color-mode';

const MODE_LABELS: Record<ColorModePreference, string> = {
  system: 'Same as system',
  light: 'Light',
  dark: 'Dark',
};

const MODES: readonly ColorModePreference[] = ['system', 'light', 'dark'];

interface AppTopNavigationProps {
  readonly colorMode: ColorModePreference;
  readonly onColorModeChange: (preference: ColorModePreference) => void;
}

export function AppTopNavigation({
  colorMode,
  onColorModeChange,
}: AppTopNavigationProps) {
  const navigate = useNavigate();

  const handleModeClick = (id: string) => {
    const chosen = MODES.find((mode) => mode === id);
    if (chosen) onColorModeChange(chosen);
  };

  return (
    <TopNavigation
      identity={{
        title: 'jobdef studio',
        href: '/',
        onFollow: (event) => {
          event.preventDefault();
          navigate('/');
        },
      }}
      utilities={[
        {
          type: 'menu-dropdown',
          iconName: 'light-dark',
          text: `Appearance: ${MODE_LABELS[colorMode]}`,
          ariaLabel: `Appearance: ${MODE_LABELS[colorMode]}`,
          title: 'Appearance',
          items: MODES.map((mode) => ({
            id: mode,
            text: MODE_LABELS[mode],
            itemType: 'checkbox',
            checked: mode === colorMode,
          })),
          onItemClick: ({ detail }) => handleModeClick(detail.id),
        },
      ]}
    />
  );
}
