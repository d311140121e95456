import { ValidationPipe } from '@nestjs/common';

/** Unknown fields rejected, types transformed, every message naming its field (api.md). */
export const createValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
  });
