import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

export interface Crumb {
  label: string;
  href?: string;
}

interface PageHeaderProps {
  title: string;
  /** The way here, Okta style: Directory › People. The title is the last crumb. */
  trail: Crumb[];
  children?: ReactNode;
}

export function PageHeader({ title, trail, children }: PageHeaderProps) {
  return (
    <div className="page-header">
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumb">
          {trail.map((crumb) => (
            <Fragment key={crumb.label}>
              <li>{crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : crumb.label}</li>
            </Fragment>
          ))}
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <h1 id="page-title">{title}</h1>
      {children}
    </div>
  );
}
