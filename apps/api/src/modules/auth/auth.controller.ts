import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/parse-input.js';
import { AuthService } from './auth.service.js';
import { BearerAuthGuard, bearerToken, type RequestWithUser } from './bearer-auth.guard.js';
import { LoginDto, LoginResponseDto, loginSchema } from './dto/login.dto.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  login(@Body() body: LoginDto): Promise<LoginResponseDto> {
    const { email, password } = parseInput(loginSchema, body, 'login');
    return this.auth.login(email, password);
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
