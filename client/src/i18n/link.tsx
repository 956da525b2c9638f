/* eslint-disable @typescript-eslint/no-restricted-imports -- the one place allowed to use react-router's links directly */
import { forwardRef } from 'react';
import {
  Link as RouterLink,
  NavLink as RouterNavLink,
  Navigate as RouterNavigate,
  useNavigate,
  type LinkProps,
  type NavigateOptions,
  type NavigateProps,
  type NavLinkProps,
} from 'react-router-dom';
import { useLanguage, withLanguage } from './language';

type StringTo = { to: string };

/** react-router's Link that keeps the page language (`?lang=en`) in the URL. Use it for every internal link. */
export const Link = forwardRef<HTMLAnchorElement, Omit<LinkProps, 'to'> & StringTo>(function Link({ to, ...rest }, ref) {
  const lang = useLanguage();
  return <RouterLink ref={ref} to={withLanguage(to, lang)} {...rest} />;
});

export const NavLink = forwardRef<HTMLAnchorElement, Omit<NavLinkProps, 'to'> & StringTo>(function NavLink({ to, ...rest }, ref) {
  const lang = useLanguage();
  return <RouterNavLink ref={ref} to={withLanguage(to, lang)} {...rest} />;
});

export function Navigate({ to, ...rest }: Omit<NavigateProps, 'to'> & StringTo) {
  const lang = useLanguage();
  return <RouterNavigate to={withLanguage(to, lang)} {...rest} />;
}

/** react-router's own Link, for the rare link whose language is explicit (the language switch). */
export const PlainLink = RouterLink;

/** navigate(path) keeping the language. */
export function useLangNavigate(): (to: string, options?: NavigateOptions) => void {
  const navigate = useNavigate();
  const lang = useLanguage();
  return (to, options) => void navigate(withLanguage(to, lang), options);
}

/** A path with the current language, for <a href> built by hand (e.g. API downloads keep their own). */
export function useLangPath(): (to: string) => string {
  const lang = useLanguage();
  return (to) => withLanguage(to, lang);
}
