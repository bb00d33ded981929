import { useIdpState } from '../console/use-idp-state.ts';
import { ProfileSwitch } from './ProfileSwitch.tsx';

interface HeaderProps {
  menuOpen: boolean;
  onToggleMenu: () => void;
}

export function Header({ menuOpen, onToggleMenu }: HeaderProps) {
  const { org } = useIdpState();
  return (
    <header className="app-header">
      <button
        type="button"
        className="menu-button"
        aria-expanded={menuOpen}
        aria-controls="side-nav"
        onClick={onToggleMenu}
      >
        Menu
      </button>
      <span className="app-title">Mock IdP</span>
      <span className="app-subtitle">{org.name} · Admin Console</span>
      <ProfileSwitch />
    </header>
  );
}
