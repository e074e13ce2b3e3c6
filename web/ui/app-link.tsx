import { Link as DsLink } from '@digdir/designsystemet-react';
import { createLink } from '@tanstack/react-router';

/** A router link styled as a Designsystemet link. */
export const AppLink = createLink(DsLink);
