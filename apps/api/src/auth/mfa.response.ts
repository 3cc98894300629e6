import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'MfaStatus', description: 'The caller’s second factor' })
export class MfaStatusResponse {
  @ApiProperty({ type: 'boolean', description: 'A confirmed authenticator app signs this account in' })
  enrolled: boolean;

  @ApiProperty({ type: 'boolean', description: 'The municipality (or, for the operator, the deployment) requires one' })
  required: boolean;

  @ApiProperty({ type: 'integer', description: 'Unused recovery codes' })
  recoveryCodesLeft: number;
}

@ApiSchema({ name: 'TotpEnrolment', description: 'A started enrolment: shown once, confirmed by a first code' })
export class TotpEnrolmentResponse {
  @ApiProperty({ type: 'string', description: 'The shared secret in base32, for typing into the app by hand' })
  secret: string;

  @ApiProperty({ type: 'string', description: 'The otpauth:// URI the QR code holds' })
  otpauthUri: string;

  @ApiProperty({ type: 'string', description: 'The QR code as an SVG document' })
  qrCodeSvg: string;
}

@ApiSchema({ name: 'RecoveryCodes', description: 'Single-use recovery codes, shown this once' })
export class RecoveryCodesResponse {
  @ApiProperty({ type: 'array', items: { type: 'string' }, example: ['k7m2p-x9q4t'] })
  recoveryCodes: string[];
}

@ApiSchema({ name: 'MfaPolicy', description: 'The municipality’s sign-in policy for its staff' })
export class MfaPolicyResponse {
  @ApiProperty({ type: 'boolean' })
  mfaRequiredForStaff: boolean;
}
