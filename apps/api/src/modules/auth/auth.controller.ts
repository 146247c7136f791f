import { Body, Controller, Get, HttpCode, Ip, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/parse-input.js';
import { AuditedRefusals } from '../audit/audited.decorator.js';
import { AuthService } from './auth.service.js';
import { BearerAuthGuard, bearerToken, type RequestWithUser } from './bearer-auth.guard.js';
import { LoginDto, LoginResponseDto, loginSchema } from './dto/login.dto.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @AuditedRefusals('auth.login_refused', { emailField: 'email' })
  @ApiOkResponse({ type: LoginResponseDto })
  login(@Body() body: LoginDto, @Ip() clientAddress: string): Promise<LoginResponseDto> {
    const { email, password } = parseInput(loginSchema, body, 'login');
    return this.auth.login(email, password, clientAddress);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(BearerAuthGuard)
  async logout(@Req() request: RequestWithUser): Promise<void> {
    await this.auth.logout(bearerToken(request.headers.authorization) ?? '');
  }

  @Get('me')
  @ApiBearerAuth()
  @UseGuards(BearerAuthGuard)
  me(@Req() request: RequestWithUser) {
    return request.user;
  }
}
