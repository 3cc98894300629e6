import { PATH_METADATA } from '@nestjs/common/constants';
import type { Type } from '@nestjs/common';

/** What an API process serves: everything, or only the public face (see AppConfig.API_FACE). */
export type ApiFace = 'all' | 'public';

/** Route prefixes of the public face: the portal's reads and open data, and the health probes. */
const PUBLIC_FACE_PREFIXES = ['api/v1/public', 'health'];

/** A controller the public face mounts: every route of it lies under a public-face prefix. */
export function servesPublicFace(controller: Type<unknown>): boolean {
  const path = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '').replace(/^\/+/, '');
  return PUBLIC_FACE_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** The controllers an API process of this face mounts: on the public face, a staff route is not there at all (404). */
export function controllersFor(face: ApiFace, controllers: Array<Type<unknown>>): Array<Type<unknown>> {
  return face === 'public' ? controllers.filter(servesPublicFace) : controllers;
}
